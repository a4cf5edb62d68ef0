package org.lagebild.server;

import java.nio.file.Path;

/** A server in its own process, for the crash test to kill: prints its port, then serves. */
public final class CrashTestServerMain {
  private CrashTestServerMain() {}

  public static void main(String[] args) throws Exception {
    LagebildServer server =
        LagebildServer.start(ServerConfig.defaults(Path.of(args[0]), 0), FastAnalysis.create());
    System.out.println("PORT " + server.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
