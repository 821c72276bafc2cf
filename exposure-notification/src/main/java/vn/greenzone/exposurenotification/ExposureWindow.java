package vn.greenzone.exposurenotification;

import java.time.LocalDate;
import java.util.List;

/**
 * Up to 30 minutes of sightings of one diagnosed device, as GAEN's ExposureWindow.
 *
 * @param date UTC day of the window's start
 * @param calibrationConfidence 0 (lowest) to 3 (highest): how well the receiving phone's RSSI is calibrated
 */
public record ExposureWindow(LocalDate date, ReportType reportType, Infectiousness infectiousness,
        int calibrationConfidence, List<ScanInstance> scanInstances) {

    public ExposureWindow {
        scanInstances = List.copyOf(scanInstances);
    }
}
