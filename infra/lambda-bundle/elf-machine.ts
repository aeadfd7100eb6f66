/** The CPU a Linux shared object (a Node addon, libduckdb.so) was built for, read from its ELF header. */
import { open } from 'node:fs/promises';

/** e_machine values of the two CPUs Lambda offers. */
export const ELF_MACHINE = { x64: 0x3e, arm64: 0xb7 } as const;
export type ElfCpu = keyof typeof ELF_MACHINE;

/** The ELF e_machine field of `file`; throws if it is not an ELF file. */
export async function readElfMachine(file: string): Promise<number> {
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(20);
    const { bytesRead } = await handle.read(header, 0, header.length, 0);
    if (bytesRead < header.length || header.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file} is not an ELF file`);
    // EI_DATA (byte 5): 1 little-endian, 2 big-endian; e_machine is the half-word at offset 18.
    return header[5] === 2 ? header.readUInt16BE(18) : header.readUInt16LE(18);
  } finally {
    await handle.close();
  }
}

/** 'arm64', 'x64' or the raw e_machine value in hex for anything else. */
export async function readElfCpu(file: string): Promise<ElfCpu | string> {
  const machine = await readElfMachine(file);
  const cpu = (Object.keys(ELF_MACHINE) as ElfCpu[]).find((name) => ELF_MACHINE[name] === machine);
  return cpu ?? `0x${machine.toString(16)}`;
}
