package org.lagebild.store;

/** The store failed (disk, corruption, closed); callers report it as a server-side error. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
