package org.lagebild.server;

import java.nio.file.Path;

/**
 * A server in its own process, for the crash tests to kill: serves {@code args[0]} on port {@code
 * args[1]} (default any free one) with the stand-in analysis ({@code args[2]} {@code minimal}: the
 * smallest one, see {@link FastAnalysis#minimal}), prints its port, then serves until killed.
 */
public final class CrashTestServerMain {
  private CrashTestServerMain() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    boolean minimal = args.length > 2 && args[2].equals("minimal");
    LagebildServer server = LagebildServer.start(ServerConfig.defaults(Path.of(args[0]), port),
        minimal ? FastAnalysis.minimal() : FastAnalysis.create());
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
