package vn.greenzone.exposure.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.exposure.internal.ExportStorage;
import vn.greenzone.exposure.internal.KeyExports;

/**
 * Export files and their index as static files. A file never changes once written, so it may be cached
 * for a year; the index changes every hour, so it is cached for five minutes. A CDN in front carries the
 * load of a country's phones.
 */
@RestController
class ExportFilesController {

    private final ExportStorage storage;

    ExportFilesController(ExportStorage storage) {
        this.storage = storage;
    }

    @GetMapping("/exposure/exports/{region}/{file}")
    ResponseEntity<byte[]> file(@PathVariable String region, @PathVariable String file) {
        boolean index = KeyExports.INDEX.equals(file);
        return storage.read(region + "/" + file)
                .map(bytes -> ResponseEntity.ok()
                        .cacheControl(index ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
                                : CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .contentType(index ? MediaType.TEXT_PLAIN : MediaType.parseMediaType("application/zip"))
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
