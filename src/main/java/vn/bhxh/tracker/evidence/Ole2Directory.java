package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The names of the streams in an OLE2 compound file (the container of the older Word, Excel and
 * PowerPoint formats, but also of Windows installers and Outlook messages), read from its directory
 * only: the 512-byte header, then the directory's sectors by following the allocation table, at most
 * {@link #MAX_DIRECTORY_SECTORS} of them.
 */
final class Ole2Directory {

    static final int MAX_DIRECTORY_SECTORS = 64;

    private static final int HEADER_SIZE = 512;
    private static final int ENTRY_SIZE = 128;
    private static final int HEADER_FAT_SECTORS = 109;
    private static final long LAST_REGULAR_SECTOR = 0xFFFFFFFAL;
    private static final int STREAM = 2;

    private Ole2Directory() {
    }

    /** The stream names found; empty when the header or the directory cannot be read. */
    static Set<String> streamNames(SeekableByteChannel file) throws IOException {
        byte[] header = Channels.read(file, 0, HEADER_SIZE);
        if (header.length < HEADER_SIZE) {
            return Set.of();
        }
        int shift = ZipCentralDirectory.u16(header, 30);
        if (shift != 9 && shift != 12) {
            return Set.of();
        }
        int sectorSize = 1 << shift;
        long sector = ZipCentralDirectory.u32(header, 48);
        Set<String> names = new HashSet<>();
        for (int read = 0; read < MAX_DIRECTORY_SECTORS && sector <= LAST_REGULAR_SECTOR; read++) {
            byte[] entries = Channels.read(file, (sector + 1) * sectorSize, sectorSize);
            for (int at = 0; at + ENTRY_SIZE <= entries.length; at += ENTRY_SIZE) {
                int nameBytes = ZipCentralDirectory.u16(entries, at + 64);
                if (entries[at + 66] == STREAM && nameBytes >= 2 && nameBytes <= 64) {
                    names.add(new String(entries, at, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            sector = nextSector(file, header, sectorSize, sector);
        }
        return names;
    }

    /** The sector after this one in the allocation table; only the 109 table sectors the header lists are followed. */
    private static long nextSector(SeekableByteChannel file, byte[] header, int sectorSize, long sector) throws IOException {
        int perSector = sectorSize / 4;
        long tableIndex = sector / perSector;
        if (tableIndex >= HEADER_FAT_SECTORS) {
            return LAST_REGULAR_SECTOR + 1;
        }
        long tableSector = ZipCentralDirectory.u32(header, 76 + (int) tableIndex * 4);
        if (tableSector > LAST_REGULAR_SECTOR) {
            return LAST_REGULAR_SECTOR + 1;
        }
        byte[] next = Channels.read(file, (tableSector + 1) * sectorSize + (sector % perSector) * 4, 4);
        return next.length == 4 ? ZipCentralDirectory.u32(next, 0) : LAST_REGULAR_SECTOR + 1;
    }
}
