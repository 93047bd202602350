/**
 * Streaming text decoding with the encoding rule of sources.md B.2: a UTF-8 BOM means UTF-8 (BOM
 * stripped); otherwise bytes that decode as strict UTF-8 are UTF-8; anything else is Windows-1252.
 * The decoder is optimistic: it decodes UTF-8 chunk by chunk and reports `invalid` on the first bad
 * byte, so the caller restarts the file as Windows-1252 (usually after very little work).
 */
export type TextEncodingName = "utf-8" | "utf-8-sig" | "windows-1252";

export class Utf8Invalid extends Error {
  constructor() {
    super("not valid UTF-8");
  }
}

export class ChunkDecoder {
  private decoder: TextDecoder;
  private first = true;
  encoding: TextEncodingName;

  constructor(encoding: "utf-8" | "windows-1252") {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true });
  }

  /** Decodes one chunk; throws Utf8Invalid when strict UTF-8 decoding fails. */
  decode(bytes: Uint8Array): string {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      throw new Utf8Invalid();
    }
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        if (this.encoding === "utf-8") this.encoding = "utf-8-sig";
      }
    }
    return text;
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch {
      throw new Utf8Invalid();
    }
  }
}
