import { createHash } from "node:crypto";

/** Where the live service serves a talk's recording: /system/media/talk/<session>/<hash>/. */
export const RECORDING_PATH = /^\/system\/media\/talk\/(\d+)\/([0-9a-f]{32})$/;

/** The recording's id, as call_records lists it: a hash, stable for a seed and a session. */
export function recordingHash(seed: number, callSessionId: number): string {
  return createHash("md5").update(`callboard-sim:${seed}:${callSessionId}`).digest("hex");
}

export function recordingLink(baseUrl: string, callSessionId: number, hash: string): string {
  return `${baseUrl}/system/media/talk/${callSessionId}/${hash}/`;
}

const SAMPLE_RATE = 8_000;
/** A recording longer than this is served cut short (a browser plays the first minutes). */
const MAX_SECONDS = 600;

/**
 * A playable recording: 8 kHz 8-bit mono PCM WAV, `seconds` long (at least 1), quiet but for
 * a short 440 Hz pip every five seconds, so a console's player has something to show.
 */
export function recordingWav(seconds: number): Buffer {
  const samples = SAMPLE_RATE * Math.min(MAX_SECONDS, Math.max(1, Math.round(seconds)));
  const wav = Buffer.alloc(44 + samples);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples, 4);
  wav.write("WAVE", 8, "ascii");
  wav.write("fmt ", 12, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(SAMPLE_RATE, 24);
  wav.writeUInt32LE(SAMPLE_RATE, 28); // bytes per second
  wav.writeUInt16LE(1, 32); // block align
  wav.writeUInt16LE(8, 34); // bits per sample
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples, 40);
  for (let index = 0; index < samples; index++) {
    const inPip = index % (SAMPLE_RATE * 5) < SAMPLE_RATE * 0.3;
    const level = inPip ? 24 * Math.sin((2 * Math.PI * 440 * index) / SAMPLE_RATE) : 0;
    wav[44 + index] = 128 + Math.round(level);
  }
  return wav;
}
