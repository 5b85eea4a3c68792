/**
 * Just enough of the Compound File Binary format ([MS-CFB]) to list stream/storage names: it
 * tells an old .xls from a password-protected .xlsx (an encrypted OOXML package is a CFB holding
 * `EncryptionInfo` + `EncryptedPackage`, [MS-OFFCRYPTO] §2.3.4) and from a WPS .et file.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isCfb(b: Uint8Array): boolean {
  if (b.length < 8) return false;
  for (let i = 0; i < 8; i++) if (b[i] !== CFB_MAGIC[i]) return false;
  return true;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

/** Names of all directory entries (streams and storages); [] when the structure is unreadable. */
export function cfbEntryNames(b: Uint8Array): string[] {
  if (!isCfb(b) || b.length < 512) return [];
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sectorOffset = (s: number) => (s + 1) * size;
  const maxSectors = Math.ceil(b.length / size) + 1;

  // FAT sector numbers: 109 in the header, then the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(b, 0x4c + i * 4);
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
  }
  let difat = u32(b, 0x44);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE && guard < maxSectors; guard++) {
    const o = sectorOffset(difat);
    if (o + size > b.length) break;
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = u32(b, o + i * 4);
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = u32(b, o + size - 4);
  }
  const fat = (s: number): number => {
    const per = size / 4;
    const fs = fatSectors[Math.floor(s / per)];
    if (fs === undefined) return END_OF_CHAIN;
    const o = sectorOffset(fs) + (s % per) * 4;
    return o + 4 <= b.length ? u32(b, o) : END_OF_CHAIN;
  };

  const names: string[] = [];
  let dir = u32(b, 0x30);
  for (let guard = 0; dir !== END_OF_CHAIN && dir !== FREE && guard < maxSectors; guard++) {
    const o = sectorOffset(dir);
    if (o + size > b.length) break;
    for (let e = o; e < o + size; e += 128) {
      const len = u16(b, e + 0x40);
      const type = b[e + 0x42];
      if (type === 0 || len < 2 || len > 64) continue;
      let name = '';
      for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, e + i));
      names.push(name);
    }
    dir = fat(dir);
  }
  return names;
}

/** A password-protected OOXML file ([MS-OFFCRYPTO]). */
export function isEncryptedPackage(names: readonly string[]): boolean {
  return names.includes('EncryptionInfo') || names.includes('EncryptedPackage');
}

/**
 * A WPS spreadsheet (.et) saved in its own binary flavour. Heuristic: WPS-specific storages; the
 * file extension (checked in file-io) is the primary signal.
 */
export function isWpsSpreadsheet(names: readonly string[]): boolean {
  return names.some((n) => /^(ETExtData|WpsCustomData|KSOProductBuildVer|KSO)/i.test(n));
}
