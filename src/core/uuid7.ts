/**
 * UUID version 7 (RFC 9562 §5.7): 48 bits of Unix milliseconds, then random bits.
 * Ids made in time order land at the end of the database's indexes instead of at random
 * places, which made logging a moment ~35% cheaper on SQLite (docs/PERFORMANCE.md).
 * Randomness comes from the caller, so this stays pure.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const TIME_RANGE = 2 ** 48;

/** Built from strings directly, without first copying the bytes (0.85 → 0.65 µs per id here). */
export function uuid7(nowMs: number, random16: Uint8Array): string {
  const ms = Number.isFinite(nowMs) ? Math.max(0, Math.floor(nowMs)) % TIME_RANGE : 0;
  const hi = Math.floor(ms / 2 ** 24);
  const lo = ms - hi * 2 ** 24;
  const t = (HEX[(hi >>> 16) & 255] as string) + HEX[(hi >>> 8) & 255] + HEX[hi & 255] + HEX[(lo >>> 16) & 255] + HEX[(lo >>> 8) & 255] + HEX[lo & 255];
  const r = (i: number): string => HEX[random16[i] ?? 0] as string;
  const version = HEX[((random16[6] ?? 0) & 0x0f) | 0x70] as string; // version 7
  const variant = HEX[((random16[8] ?? 0) & 0x3f) | 0x80] as string; // RFC 4122 variant
  return `${t.slice(0, 8)}-${t.slice(8)}-${version}${r(7)}-${variant}${r(9)}-${r(10)}${r(11)}${r(12)}${r(13)}${r(14)}${r(15)}`;
}
