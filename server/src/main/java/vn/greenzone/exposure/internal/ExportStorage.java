package vn.greenzone.exposure.internal;

import java.util.Optional;

/**
 * Where export files go. Writes must be atomic: a reader sees the whole file or nothing, so an export job
 * killed halfway leaves nothing partial visible to phones.
 */
public interface ExportStorage {

    void put(String path, byte[] content);

    Optional<byte[]> read(String path);

    void delete(String path);
}
