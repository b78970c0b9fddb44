import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import zlib from "node:zlib";
import type { TRelease } from "@dyad/api-contract";
import { env } from "@/env";
import { type DownloadFile, releaseStream } from "./release-download";

/**
 * A release's downloads as files on disk, written once per process directory and then served by
 * byte range. A download needs its exact length (Content-Length) and any byte of it on request
 * (Range), so a dump that broke off resumes where it stopped; streaming straight from the database
 * gives neither. The file is written from the same verified stream (releaseStream: a release whose
 * data no longer hashes to its contentHash fails instead), then renamed into place, so a file in
 * the directory is always complete and verified. A release never changes; a takedown changes
 * what it serves, and takedowns are never undone, so the number of redactions is part of the key
 * and the files never go stale; the directory is a cache (DYAD_RELEASE_FILES_DIR, else the system's temporary directory)
 * and may be emptied at any time.
 */
export type Coding = "identity" | "gzip" | "br";

export const CODING_SUFFIX: Record<Coding, string> = { identity: "", gzip: ".gz", br: ".br" };

const filesDir = () => env().DYAD_RELEASE_FILES_DIR ?? path.join(os.tmpdir(), "dyad-release-files");
const writing = new Map<string, Promise<string>>();

/** The path of a release file in a coding, written first if it is not there yet. */
export function releaseFile(release: TRelease & { id: string }, file: DownloadFile, coding: Coding): Promise<string> {
  const target = path.join(
    filesDir(),
    `${release.id}-${release.contentHash}-${release.redactions.length}`,
    `${file}${CODING_SUFFIX[coding]}`,
  );
  const pending = writing.get(target);
  if (pending) return pending;
  const done = ensure(target, release, file, coding).finally(() => writing.delete(target));
  writing.set(target, done);
  return done;
}

async function ensure(target: string, release: TRelease & { id: string }, file: DownloadFile, coding: Coding) {
  if (
    await stat(target).then(
      () => true,
      () => false,
    )
  )
    return target;
  await mkdir(path.dirname(target), { recursive: true });
  const source =
    coding === "identity"
      ? Readable.fromWeb(releaseStream(release, file) as WebReadableStream<Uint8Array>)
      : createReadStream(await releaseFile(release, file, "identity"));
  const temporary = `${target}.${process.pid}.${Date.now()}.part`;
  try {
    if (coding === "identity") await pipeline(source, createWriteStream(temporary));
    else await pipeline(source, compressor(coding), createWriteStream(temporary));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}

// Written once and read many times, so the strongest settings are worth their one-off cost.
const compressor = (coding: Exclude<Coding, "identity">) =>
  coding === "gzip"
    ? zlib.createGzip({ level: 9 })
    : zlib.createBrotliCompress({
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        },
      });

/** A part of a file as a web stream, for a Response body. */
export function fileBody(filePath: string, start: number, end: number): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>;
}

export const fileSize = async (filePath: string) => (await stat(filePath)).size;
