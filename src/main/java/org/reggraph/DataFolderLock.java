package org.reggraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one process the owner of a data folder. TDB2 and Lucene each guard their own files, but a second
 * process should hear plainly that the folder is in use, before either store is touched.
 */
final class DataFolderLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("reggraph.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataFolderInUseException(dataDir);
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock data folder " + dataDir, e);
        }
    }

    /** Another RegGraph process already owns the folder. */
    public static final class DataFolderInUseException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DataFolderInUseException(Path dataDir) {
            super("data folder " + dataDir + " is in use by another RegGraph process; stop it or use another --data");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
