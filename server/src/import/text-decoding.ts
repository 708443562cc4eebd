import iconv from 'iconv-lite';

export type TextEncoding = 'utf8' | 'gb18030';

export interface StreamDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

/**
 * Guesses the encoding from the first bytes of a file. A UTF-8 byte order mark decides at
 * once; otherwise text that decodes as UTF-8 is UTF-8, and anything else is taken to be
 * GB18030, which older center exports use. Chinese text in GB18030 practically never forms
 * valid UTF-8. UTF-16 is refused (null): no center system is known to export it.
 */
export function detectEncoding(head: Buffer): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return null;
  }
  try {
    // stream: true leaves a character cut at the end of the sample undecided instead of bad.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/**
 * Decodes chunk by chunk. Bytes that do not belong to the encoding become U+FFFD, which the
 * row checker reports with the line and column where they occur.
 */
export function createDecoder(encoding: TextEncoding): StreamDecoder {
  if (encoding === 'utf8') {
    const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
    return {
      write: (chunk) => decoder.decode(chunk, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  const decoder = iconv.getDecoder('gb18030');
  return {
    write: (chunk) => decoder.write(chunk),
    end: () => decoder.end() ?? '',
  };
}
