let context: AudioContext | null = null;

/** Two short tones, synthesised (no audio file to load). Silently skipped where audio is blocked. */
export function playRingSound(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (const offset of [0, 0.25]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.2);
    }
  } catch {
    // No audio (autoplay policy, no device): the highlight still shows the call.
  }
}
