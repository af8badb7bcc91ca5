import { ttsSeconds } from "../calls/timings";
import { rpcError } from "../rpc/error-factory";
import type { World } from "../world/world-types";

export interface PlayedMessage {
  type: "media" | "tts";
  value: string;
}

/**
 * Checks a message against the account (its media file exists, its TTS fits the limit) and
 * answers how long it plays, in ms.
 */
export function checkMessage(
  world: World,
  message: PlayedMessage | undefined,
  field: string,
  method: string,
): number {
  if (!message) return 0;
  if (message.type === "media") {
    return (
      checkMediaFile(world, Number(message.value), `${field}.value`, message.value, method) * 1000
    );
  }
  const length = [...message.value].length;
  if (length > world.ttsMaxLength) {
    throw rpcError("tts_text_exceeded", {
      method,
      field: `${field}.value`,
      value: message.value,
      params: { tts_message_max_length: world.ttsMaxLength, sent_tts_message_length: length },
    });
  }
  return ttsSeconds(message.value) * 1000;
}

/** The media file's duration in seconds, or media_file_not_found. */
export function checkMediaFile(
  world: World,
  id: number,
  field: string,
  value: unknown,
  method: string,
): number {
  const file = world.mediaFiles.find((candidate) => candidate.id === id);
  if (!file) {
    throw rpcError("media_file_not_found", { method, field, value, params: { media_file_id: id } });
  }
  return file.duration;
}
