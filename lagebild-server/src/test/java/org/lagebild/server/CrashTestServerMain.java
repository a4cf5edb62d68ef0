package org.lagebild.server;

import java.nio.file.Path;

/**
 * A server in its own process, for the crash tests to kill: serves {@code args[0]} on port {@code
 * args[1]} (default any free one), prints its port, then serves until killed.
 */
public final class CrashTestServerMain {
  private CrashTestServerMain() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    LagebildServer server =
        LagebildServer.start(ServerConfig.defaults(Path.of(args[0]), port), FastAnalysis.create());
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
