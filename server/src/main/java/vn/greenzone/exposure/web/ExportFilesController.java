package vn.greenzone.exposure.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.exposure.internal.ExportFiles;
import vn.greenzone.exposure.internal.ExportStorage;

/**
 * Export files and their index as static files, read through the storage wherever it keeps them (a local
 * folder or an S3 bucket), with the cache headers of {@link ExportFiles}. A CDN in front carries the load
 * of a country's phones.
 */
@RestController
class ExportFilesController {

    private final ExportStorage storage;

    ExportFilesController(ExportStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/exposure/exports/{region}/{file}")
    ResponseEntity<byte[]> file(@PathVariable String region, @PathVariable String file) {
        String path = region + "/" + file;
        return storage.read(path)
                .map(bytes -> ResponseEntity.ok()
                        .cacheControl(ExportFiles.cacheControl(path))
                        .contentType(ExportFiles.contentType(path))
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
