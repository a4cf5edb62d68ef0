package org.lagebild.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a text-like file into characters: byte order marks are honoured and dropped,
 * valid UTF-8 is taken as UTF-8, anything else goes to juniversalchardet and finally to
 * windows-1252, which decodes every byte (a superset of Latin-1). Binary content is recognised
 * before decoding, so that a PDF renamed to {@code .txt} is rejected instead of read as mojibake.
 */
final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How much of a streamed file is inspected for binary content and its charset. */
  static final int SAMPLE_BYTES = 64 * 1024;

  /** Like git: a NUL byte this early means binary. */
  private static final int NUL_WINDOW = 8000;

  private static final double MAX_CONTROL_SHARE = 0.10;

  /** A byte order mark: the charset it announces and how many bytes to skip. */
  record Bom(Charset charset, int length) {}

  /**
   * The outcome of looking at a file's first bytes.
   *
   * @param charset how to decode it, or {@code null} when it is binary
   * @param skip leading bytes to drop (a byte order mark)
   * @param binaryReason why it is not text, or {@code null}
   */
  record Verdict(Charset charset, int skip, String binaryReason) {
    boolean binary() {
      return binaryReason != null;
    }
  }

  /** A whole file decoded: its text, or why it is not text. */
  record Decoded(String text, Charset charset, String binaryReason) {}

  private record Magic(byte[] signature, int offset, String description) {
    static Magic of(String description, int offset, int... bytes) {
      byte[] signature = new byte[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        signature[i] = (byte) bytes[i];
      }
      return new Magic(signature, offset, description);
    }

    static Magic ascii(String description, String signature) {
      return new Magic(signature.getBytes(StandardCharsets.ISO_8859_1), 0, description);
    }

    Magic withOffset(int newOffset) {
      return new Magic(signature, newOffset, description);
    }

    boolean matches(byte[] bytes, int length) {
      if (length < offset + signature.length) {
        return false;
      }
      for (int i = 0; i < signature.length; i++) {
        if (bytes[offset + i] != signature[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Magic> MAGIC_NUMBERS =
      List.of(
          Magic.ascii("PDF document", "%PDF-"),
          Magic.of("ZIP archive or office document", 0, 'P', 'K', 3, 4),
          Magic.of("ZIP archive", 0, 'P', 'K', 5, 6),
          Magic.of("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
          Magic.ascii("GIF image", "GIF87a"),
          Magic.ascii("GIF image", "GIF89a"),
          Magic.of("JPEG image", 0, 0xFF, 0xD8, 0xFF),
          Magic.of("gzip data (name the file .gz)", 0, 0x1F, 0x8B),
          Magic.ascii("bzip2 data", "BZh"),
          Magic.of("xz data", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
          Magic.of("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
          Magic.ascii("RAR archive", "Rar!"),
          Magic.of("ELF executable", 0, 0x7F, 'E', 'L', 'F'),
          Magic.of("Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
          Magic.of("legacy Microsoft Office document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A),
          Magic.ascii("SQLite database", "SQLite format 3"),
          Magic.ascii("MP4/QuickTime media", "ftyp").withOffset(4),
          Magic.ascii("RIFF media (WAV, AVI, WebP)", "RIFF"),
          Magic.ascii("MP3 audio", "ID3"),
          Magic.ascii("Ogg media", "OggS"),
          Magic.of("WebAssembly module", 0, 0x00, 'a', 's', 'm'));

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** Decodes a whole file; {@code declared} is a charset the content names (HTML), or null. */
  static Decoded decode(byte[] bytes, int length, Charset declared) {
    Verdict verdict = inspect(bytes, length, true, declared);
    if (verdict.binary()) {
      return new Decoded(null, null, verdict.binaryReason());
    }
    if (verdict.skip() == 0
        && verdict.charset().equals(WINDOWS_1252)
        && mostlyUtf8(bytes, length)) {
      return new Decoded(decodeMixed(bytes, length), StandardCharsets.UTF_8, null);
    }
    String text = new String(bytes, verdict.skip(), length - verdict.skip(), verdict.charset());
    return new Decoded(text, verdict.charset(), null);
  }

  /**
   * Decides how to read content from its first {@code length} bytes.
   *
   * @param complete whether these are all the bytes (a sample may end inside a UTF-8 sequence)
   * @param declared charset named by the content itself, or {@code null}
   */
  static Verdict inspect(byte[] bytes, int length, boolean complete, Charset declared) {
    for (Magic magic : MAGIC_NUMBERS) {
      if (magic.matches(bytes, length)) {
        return binary(magic.description());
      }
    }
    Bom bom = bom(bytes, length);
    if (bom != null) {
      return new Verdict(bom.charset(), bom.length(), null);
    }
    Charset utf16 = bomlessUtf16(bytes, length);
    if (utf16 != null) {
      return new Verdict(utf16, 0, null);
    }
    String binaryReason = binaryReason(bytes, length);
    if (binaryReason != null) {
      return binary(binaryReason);
    }
    return new Verdict(detect(bytes, length, complete, declared), 0, null);
  }

  private static Verdict binary(String reason) {
    return new Verdict(null, 0, "binary file (" + reason + "), not text");
  }

  static Bom bom(byte[] b, int length) {
    if (length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (length >= 4 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0) {
      return new Bom(Charset.forName("UTF-32LE"), 4);
    }
    if (length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF) {
      return new Bom(Charset.forName("UTF-32BE"), 4);
    }
    if (length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /**
   * UTF-16 without a byte order mark shows as a NUL in every other byte (Latin text): recognised so
   * that it is not taken for binary.
   */
  private static Charset bomlessUtf16(byte[] b, int length) {
    int pairs = Math.min(length, SAMPLE_BYTES) / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs; i++) {
      if (b[2 * i] == 0) {
        evenZeros++;
      }
      if (b[2 * i + 1] == 0) {
        oddZeros++;
      }
    }
    if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.02) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.02) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Why these bytes are not text (NUL bytes, many control characters), or {@code null}. */
  static String binaryReason(byte[] b, int length) {
    int sample = Math.min(length, SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int c = b[i] & 0xFF;
      if (c == 0 && i < NUL_WINDOW) {
        return "contains NUL bytes";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B)
          || c == 0x7F) {
        controls++;
      }
    }
    if (sample > 0 && controls > sample * MAX_CONTROL_SHARE) {
      return String.format(
          Locale.ROOT, "%d%% control characters", Math.round(100.0 * controls / sample));
    }
    return null;
  }

  private static Charset detect(byte[] b, int length, boolean complete, Charset declared) {
    boolean ascii = true;
    for (int i = 0; i < length && ascii; i++) {
      ascii = b[i] >= 0;
    }
    if (ascii) {
      // Pure ASCII reads the same in every charset we would pick; a declaration still matters for
      // the part of a stream not sampled.
      return declared != null ? declared : StandardCharsets.UTF_8;
    }
    if (isUtf8(b, length, complete)) {
      return StandardCharsets.UTF_8;
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return declared;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(b, 0, length);
    detector.dataEnd();
    Charset guess = charsetOrNull(detector.getDetectedCharset());
    if (guess == null || guess.equals(StandardCharsets.UTF_8) || guess.equals(WINDOWS_1252)) {
      return WINDOWS_1252;
    }
    // On short Western text the detector may guess a Cyrillic or Greek code page, turning "Grüße"
    // into "Grьяe". Real text keeps each word in one script, so the reading with fewer words that
    // mix Latin and other letters wins.
    int sample = Math.min(length, SAMPLE_BYTES);
    int mixedAsGuessed = mixedScriptWords(new String(b, 0, sample, guess));
    int mixedAsWestern = mixedScriptWords(new String(b, 0, sample, WINDOWS_1252));
    return mixedAsWestern < mixedAsGuessed ? WINDOWS_1252 : guess;
  }

  /** Words that contain Latin letters and letters of another script. */
  static int mixedScriptWords(String text) {
    int mixed = 0;
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i <= text.length(); i++) {
      int c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin = true;
        } else {
          other = true;
        }
      } else {
        if (latin && other) {
          mixed++;
        }
        latin = false;
        other = false;
      }
    }
    return mixed;
  }

  /**
   * Whether a text has nothing to read: only whitespace, including the no-break and other Unicode
   * spaces that {@link String#isBlank} does not count (an HTML page of {@code &nbsp;} is empty).
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && c != '\uFEFF' && c != '\u200B') {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are well-formed UTF-8; an incomplete sample may end mid-sequence. */
  static boolean isUtf8(byte[] b, int length, boolean complete) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, 0, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return false;
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      if (!complete) {
        return true;
      }
      out.clear();
      return !decoder.flush(out).isError();
    }
  }

  /**
   * Whether content that is not valid UTF-8 still holds clearly more well-formed UTF-8 sequences
   * than stray bytes: text pasted together from a UTF-8 and a Latin-1 source.
   */
  private static boolean mostlyUtf8(byte[] b, int length) {
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < length; ) {
      if (b[i] >= 0) {
        i++;
        continue;
      }
      int sequence = utf8SequenceLength(b, i, length);
      if (sequence > 0) {
        valid++;
        i += sequence;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && valid * 4 >= invalid;
  }

  /** Decodes well-formed UTF-8 sequences as UTF-8 and every other byte as windows-1252. */
  private static String decodeMixed(byte[] b, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; ) {
      if (b[i] >= 0) {
        out.append((char) b[i++]);
        continue;
      }
      int sequence = utf8SequenceLength(b, i, length);
      if (sequence > 0) {
        out.append(new String(b, i, sequence, StandardCharsets.UTF_8));
        i += sequence;
      } else {
        out.append(new String(b, i, 1, WINDOWS_1252));
        i++;
      }
    }
    return out.toString();
  }

  /** Length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if there is none. */
  private static int utf8SequenceLength(byte[] b, int i, int length) {
    int lead = b[i] & 0xFF;
    int count;
    int min;
    if (lead >= 0xC2 && lead <= 0xDF) {
      count = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      count = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      count = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + count > length) {
      return 0;
    }
    int codePoint = lead & (0xFF >> (count + 1));
    for (int k = 1; k < count; k++) {
      int next = b[i + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return 0;
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    return codePoint < min || codePoint > 0x10FFFF || surrogate ? 0 : count;
  }

  /** The charset an HTML document declares in a {@code <meta>} near its start, or {@code null}. */
  static Charset declaredHtmlCharset(byte[] b, int length) {
    String head = new String(b, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    Charset charset = charsetOrNull(m.group(1));
    if (charset == null) {
      return null;
    }
    // As browsers do (WHATWG encoding standard): Latin-1 and ASCII labels mean windows-1252, and a
    // UTF-16 label without a byte order mark cannot be right for an ASCII-compatible document.
    String name = charset.name();
    if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
      return WINDOWS_1252;
    }
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return StandardCharsets.UTF_8;
    }
    return charset;
  }

  private static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.trim());
      return charset.name().equals("ISO-8859-1") ? WINDOWS_1252 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
