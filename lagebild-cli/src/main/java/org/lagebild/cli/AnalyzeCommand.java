package org.lagebild.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lagebild.dossier.DossierJsonWriter;
import org.lagebild.dossier.HtmlReportWriter;
import org.lagebild.dossier.MarkdownReportWriter;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.DossierJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./lagebild analyze}: inputs in, {@code dossier.json} and {@code index.html} out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and folders and writes a dossier: DIR/dossier.json (the data) and"
          + " DIR/index.html (a self-contained report to open in a browser).",
      "",
      "Inputs: .txt .md .html .htm .json .jsonl .ndjson, each optionally .gz; folders are read"
          + " recursively. JSON fields: id, title, text, published, outlet, url, language (news-please"
          + " and trafilatura names work too). A bad input is listed with its reason; the rest goes on.",
      "",
      "Example:  ./lagebild analyze ../shared/seeds --out out"
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:dossier written",
      "1:nothing could be analysed (every input rejected)",
      "2:wrong usage or output not writable"
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "lagebild-out",
      description = "Output folder (created if missing). Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Worker threads. Default: all cores.")
  Integer threads;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Analyse only the first N articles read (for a quick look at a big corpus).")
  Integer limit;

  @Option(
      names = "--no-html",
      description = "Write dossier.json only (large corpora: the HTML report is for reading).")
  boolean noHtml;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Reports besides DIR/dossier.json (always written): html (DIR/index.html), md"
              + " (DIR/dossier.md, a Markdown dossier) or all. Default: html.")
  String format;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress display; errors and the final summary only.")
  boolean quiet;

  @Override
  public Integer call() {
    ConsoleProgress progress = new ConsoleProgress(System.err, quiet);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      System.err.println("lagebild: cannot create output folder " + out + ": " + e.getMessage());
      return 2;
    }
    if (format != null && !List.of("html", "md", "all").contains(format)) {
      System.err.println("lagebild: --format must be html, md or all, not '" + format + "'");
      return 2;
    }
    boolean html = !noHtml && (format == null || format.equals("html") || format.equals("all"));
    boolean markdown = format != null && (format.equals("md") || format.equals("all"));
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      System.err.println("lagebild: --threads must be at least 1");
      return 2;
    }
    DossierJob job =
        new DossierJob(
            StandardPipeline.create(progress),
            StandardPipeline.storySections(),
            new DossierJob.Options(
                IngestOptions.defaults(),
                new BatchAnalyzer.Options(workers, BatchAnalyzer.Options.defaults().dropAfterAnalysis()),
                limit == null ? Integer.MAX_VALUE : limit));
    Dossier dossier = job.run(inputs, progress);
    Path json = out.resolve("dossier.json");
    Path htmlFile = out.resolve("index.html");
    Path mdFile = out.resolve("dossier.md");
    try {
      progress.note("writing " + json);
      new DossierJsonWriter().write(dossier, json);
      if (html) {
        progress.note("writing " + htmlFile);
        new HtmlReportWriter().write(dossier, htmlFile);
      }
      if (markdown) {
        progress.note("writing " + mdFile);
        new MarkdownReportWriter().write(dossier, mdFile);
      }
    } catch (IOException e) {
      System.err.println("lagebild: cannot write the dossier to " + out + ": " + e.getMessage());
      return 2;
    }
    progress.finished();
    report(dossier, json, html ? htmlFile : null, markdown ? mdFile : null);
    return dossier.articles().isEmpty() ? 1 : 0;
  }

  private void report(Dossier dossier, Path json, Path html, Path markdown) {
    List<Rejection> rejected = dossier.rejected();
    if (!rejected.isEmpty()) {
      System.err.println("lagebild: " + rejected.size() + " input(s) rejected:");
      rejected.stream()
          .limit(20)
          .forEach(r -> System.err.println("  " + r.source() + ": " + r.reason()));
      if (rejected.size() > 20) {
        System.err.println("  ... and " + (rejected.size() - 20) + " more (see dossier.json)");
      }
    }
    System.err.printf(
        "lagebild: %d article(s) analysed, %d rejected, %d stor%s -> %s%s%n",
        dossier.articles().size(),
        rejected.size(),
        dossier.stories().size(),
        dossier.stories().size() == 1 ? "y" : "ies",
        json,
        (html == null ? "" : ", " + html + " (open it in a browser)")
            + (markdown == null ? "" : ", " + markdown));
    if (dossier.articles().isEmpty()) {
      System.err.println("lagebild: nothing could be analysed; see the reasons above.");
    }
  }
}
