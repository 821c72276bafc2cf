/**
 * GAEN-compatible exposure notification: Temporary Exposure Keys and the identifiers derived from them,
 * signed key export files, matching diagnosis keys against a phone's sightings, exposure windows and
 * risk scoring.
 *
 * <p>The public API is this package: immutable records for data ({@link TemporaryExposureKey},
 * {@link Sighting}, {@link ExposureWindow}, {@link RiskResult}, {@link KeyExport}), and thread-safe
 * services ({@link ExposureMatcher} — the entry point for "match these exports against this phone's
 * sightings" — {@link KeyExportReader}, {@link KeyExportWriter}, {@link RiskCalculator}).
 * Everything under {@code internal} may change without notice. Errors in input data are reported as
 * {@link ExposureDataException} with a specific {@link ExposureDataException.Problem}.
 */
package vn.greenzone.exposurenotification;
