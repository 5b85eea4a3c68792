/**
 * A minimal OLE Compound File (header, one FAT sector, one directory sector) holding the given
 * stream names: what an encrypted .xlsx is on disk (EncryptionInfo + EncryptedPackage). The
 * streams are empty — readers decide from the names, before any decryption.
 */
export function cfb(names: readonly string[]): Uint8Array {
  const b = new Uint8Array(512 * 3);
  const dv = new DataView(b.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((x, i) => (b[i] = x));
  dv.setUint16(0x18, 0x3e, true);
  dv.setUint16(0x1a, 3, true);
  dv.setUint16(0x1c, 0xfffe, true);
  dv.setUint16(0x1e, 9, true);
  dv.setUint16(0x20, 6, true);
  dv.setUint32(0x2c, 1, true);
  dv.setUint32(0x30, 1, true);
  dv.setUint32(0x3c, 0xfffffffe, true);
  dv.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) dv.setUint32(0x4c + i * 4, 0xffffffff, true);
  dv.setUint32(0x4c, 0, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) dv.setUint32(fat + i * 4, 0xffffffff, true);
  dv.setUint32(fat, 0xfffffffd, true);
  dv.setUint32(fat + 4, 0xfffffffe, true);
  const dir = 1024;
  ['Root Entry', ...names].slice(0, 4).forEach((n, k) => {
    const e = dir + k * 128;
    for (let i = 0; i < n.length; i++) dv.setUint16(e + i * 2, n.charCodeAt(i), true);
    dv.setUint16(e + 0x40, (n.length + 1) * 2, true);
    b[e + 0x42] = k === 0 ? 5 : 2;
  });
  return b;
}
