package vn.greenzone.exposure.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.greenzone.exposure.ExposureProperties;
import vn.greenzone.platform.GreenzoneProperties;

/** The one {@link ExportStorage}, as {@code greenzone.exposure.storage.type} says: a local folder unless {@code s3}. */
@Configuration(proxyBeanMethods = false)
class ExportStorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExportStorageConfiguration.class);

    @Bean
    ExportStorage exportStorage(ExposureProperties exposure, GreenzoneProperties greenzone) {
        ExposureProperties.Storage settings = exposure.storage();
        return switch (settings.type()) {
            case LOCAL -> new LocalExportStorage(greenzone);
            case S3 -> {
                log.info("Exposure exports in S3-compatible storage: {}", settings);
                yield new S3ExportStorage(settings);
            }
        };
    }
}
