package vn.greenzone.exposurenotification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.exposurenotification.RiskConfiguration.AttenuationWeight;
import vn.greenzone.exposurenotification.RiskConfiguration.Range;
import vn.greenzone.exposurenotification.RiskConfiguration.RiskLevelMapping;
import vn.greenzone.exposurenotification.RiskConfiguration.TrlEncoding;

/** The 29 Corona-Warn-App risk-calculation cases, under the configuration at the top of their file. */
class RiskCalculationCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final JsonNode FILE = load();

    private static JsonNode load() {
        try (InputStream in = RiskCalculationCasesTest.class.getResourceAsStream("/conformance/cwa-risk-calculation-cases.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBuiltInDefaultIsTheConfigurationOfTheFile() {
        JsonNode c = FILE.get("defaultRiskCalculationConfiguration");
        assertThat(c.get("minutesAtAttenuationFilters")).isEmpty();
        assertThat(c.get("trlFilters")).isEmpty();
        List<AttenuationWeight> weights = new ArrayList<>();
        c.get("minutesAtAttenuationWeights").forEach(w -> weights.add(new AttenuationWeight(range(w.get("attenuationRange")), w.get("weight").asDouble())));
        JsonNode trl = c.get("trlEncoding");
        Map<Integer, Double> values = new HashMap<>();
        c.get("transmissionRiskValueMapping").forEach(v -> values.put(v.get("transmissionRiskLevel").asInt(), v.get("transmissionRiskValue").asDouble()));
        RiskConfiguration fromFile = new RiskConfiguration(List.of(), List.of(), weights,
                mappings(c.get("normalizedTimePerEWToRiskLevelMapping")), mappings(c.get("normalizedTimePerDayToRiskLevelMapping")),
                new TrlEncoding(trl.get("infectiousnessOffsetStandard").asInt(), trl.get("infectiousnessOffsetHigh").asInt(),
                        trl.get("reportTypeOffsetRecursive").asInt(), trl.get("reportTypeOffsetSelfReport").asInt(),
                        trl.get("reportTypeOffsetConfirmedClinicalDiagnosis").asInt(), trl.get("reportTypeOffsetConfirmedTest").asInt()),
                values);
        assertThat(RiskConfiguration.cwaDefault()).isEqualTo(fromFile);
    }

    private static List<RiskLevelMapping> mappings(JsonNode array) {
        List<RiskLevelMapping> out = new ArrayList<>();
        array.forEach(m -> out.add(new RiskLevelMapping(range(m.get("normalizedTimeRange")), RiskLevel.ofNumber(m.get("riskLevel").asInt()))));
        return out;
    }

    private static Range range(JsonNode r) {
        return new Range(r.get("min").asDouble(), r.get("max").asDouble(),
                r.has("minExclusive") && r.get("minExclusive").asBoolean(), r.has("maxExclusive") && r.get("maxExclusive").asBoolean());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        FILE.get("testCases").forEach(c -> cases.add(Arguments.of(c.get("description").asString(), c)));
        return cases.stream();
    }

    @Test
    void thereAre29Cases() {
        assertThat(cases()).hasSize(29);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTheExpectedOutcome(String description, JsonNode testCase) {
        List<ExposureWindow> windows = new ArrayList<>();
        testCase.get("exposureWindows").forEach(w -> {
            List<ScanInstance> scans = new ArrayList<>();
            w.get("scanInstances").forEach(s -> scans.add(new ScanInstance(s.get("minAttenuation").asInt(),
                    s.get("typicalAttenuation").asInt(), s.get("secondsSinceLastScan").asInt())));
            windows.add(new ExposureWindow(TODAY.minusDays(w.get("ageInDays").asInt()), ReportType.ofNumber(w.get("reportType").asInt()),
                    Infectiousness.values()[w.get("infectiousness").asInt()], w.get("calibrationConfidence").asInt(), scans));
        });

        RiskResult result = new RiskCalculator(RiskConfiguration.cwaDefault()).calculate(windows);

        assertThat(result.totalRiskLevel().number()).isEqualTo(testCase.get("expTotalRiskLevel").asInt());
        assertThat(age(result, RiskLevel.LOW)).isEqualTo(expectedAge(testCase.get("expAgeOfMostRecentDateWithLowRisk")));
        assertThat(age(result, RiskLevel.HIGH)).isEqualTo(expectedAge(testCase.get("expAgeOfMostRecentDateWithHighRisk")));
        assertThat(result.numberOfDaysWith(RiskLevel.LOW)).isEqualTo(testCase.get("expNumberOfDaysWithLowRisk").asInt());
        assertThat(result.numberOfDaysWith(RiskLevel.HIGH)).isEqualTo(testCase.get("expNumberOfDaysWithHighRisk").asInt());
        assertThat(result.totalMinimumDistinctEncountersWith(RiskLevel.LOW)).isEqualTo(testCase.get("expTotalMinimumDistinctEncountersWithLowRisk").asInt());
        assertThat(result.totalMinimumDistinctEncountersWith(RiskLevel.HIGH)).isEqualTo(testCase.get("expTotalMinimumDistinctEncountersWithHighRisk").asInt());
    }

    private static Long age(RiskResult result, RiskLevel level) {
        return result.mostRecentDateWith(level).map(d -> ChronoUnit.DAYS.between(d, TODAY)).orElse(null);
    }

    private static Long expectedAge(JsonNode node) {
        return node.isNull() ? null : node.asLong();
    }
}
