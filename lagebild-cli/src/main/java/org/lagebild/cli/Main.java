package org.lagebild.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./lagebild}. */
@Command(
    name = "lagebild",
    mixinStandardHelpOptions = true,
    version = "Lagebild 0.1.0",
    description = {
      "Turns many news articles about the same events into dossiers: stories, entities, dates,"
          + " debris marked, every claim cited.",
      "",
      "Start with:  ./lagebild analyze FOLDER --out DIR   then open DIR/index.html"
    },
    subcommands = {
      AnalyzeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
