package org.lagebild.server;

/**
 * A request the server refuses, with the HTTP status and a stable code clients can test. Thrown by
 * handlers and mapped to a JSON or HTML error response in one place ({@link LagebildServer}).
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "bad_request", message);
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what + " not found");
  }

  public static ApiException tooLarge(long limit) {
    return new ApiException(
        413, "payload_too_large", "request body larger than the limit of " + limit + " bytes");
  }

  public static ApiException unsupportedType(String type) {
    return new ApiException(
        415, "unsupported_media_type",
        "Content-Type '" + type + "' not accepted; send application/json or application/x-ndjson");
  }
}
