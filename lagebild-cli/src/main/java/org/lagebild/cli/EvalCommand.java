package org.lagebild.cli;

import org.lagebild.cli.eval.EvalCitationsCommand;
import org.lagebild.cli.eval.EvalDiscrepanciesCommand;
import org.lagebild.cli.eval.EvalEntitiesCommand;
import org.lagebild.cli.eval.EvalLanguageCommand;
import org.lagebild.cli.eval.EvalNerCommand;
import org.lagebild.cli.eval.EvalQuotesCommand;
import org.lagebild.cli.eval.EvalStoriesCommand;
import org.lagebild.cli.eval.EvalTimexCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./lagebild eval}: scores against annotated data, printed beside published references. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures quality on real annotated data and prints the published reference numbers beside"
          + " ours. Data is read from ../shared/data by default."
    },
    subcommands = {
      EvalNerCommand.class,
      EvalEntitiesCommand.class,
      EvalLanguageCommand.class,
      EvalQuotesCommand.class,
      EvalStoriesCommand.class,
      EvalTimexCommand.class,
      EvalDiscrepanciesCommand.class,
      EvalCitationsCommand.class
    })
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
