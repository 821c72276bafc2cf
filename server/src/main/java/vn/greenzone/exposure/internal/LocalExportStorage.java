package vn.greenzone.exposure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import vn.greenzone.platform.GreenzoneProperties;

/**
 * Export files in {@code <data-dir>/exports}, written to a temporary file and moved into place in one
 * step. The server serves them as static files; a CDN or a web server can serve the folder as it is. The
 * default storage ({@code greenzone.exposure.storage.type=local}).
 */
class LocalExportStorage implements ExportStorage {

    private final Path root;

    LocalExportStorage(GreenzoneProperties properties) {
        this.root = properties.dataDir().resolve("exports").toAbsolutePath();
    }

    @Override
    public void put(String path, byte[] content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".part-", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write export " + path, e);
        }
    }

    @Override
    public Optional<byte[]> read(String path) {
        if (!ExportFiles.isExportPath(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(resolve(path)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read export " + path, e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete export " + path, e);
        }
    }

    private Path resolve(String path) {
        return root.resolve(ExportFiles.checked(path));
    }
}
