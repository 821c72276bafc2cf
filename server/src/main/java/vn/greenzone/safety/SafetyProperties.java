package vn.greenzone.safety;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import vn.greenzone.venue.VenueCategory;

/**
 * Settings under {@code greenzone.safety}; the criteria sets and which category answers which come from
 * {@code safety/criteria.yml}, imported by application.yml and overridable like any setting.
 */
@ConfigurationProperties("greenzone.safety")
public record SafetyProperties(
        /** A self-assessment (or inspection) older than this is overdue and the venue shows grey. */
        @DefaultValue("7d") Duration reassessEvery,
        /** Scores from this per cent are green (safe). */
        @DefaultValue("80") int greenFrom,
        /** Scores from this per cent, below green, are yellow (at risk); lower ones red (unsafe). */
        @DefaultValue("50") int yellowFrom,
        /** Largest inspection photo accepted. */
        @DefaultValue("5MB") DataSize maxPhoto,
        /** Most rows of one registry file. */
        @DefaultValue("5000") int maxRegistryRows,
        /** Most venues the officials' list and map show at once. */
        @DefaultValue("1000") int maxListed,
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTileUrl,
        @DefaultValue("© OpenStreetMap contributors") String mapAttribution,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        Map<VenueCategory, String> categories,
        Map<String, CriteriaSet> criteriaSets) {

    public SafetyProperties {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        criteriaSets = criteriaSets == null ? Map.of() : Map.copyOf(criteriaSets);
        if (yellowFrom < 0 || greenFrom <= yellowFrom || greenFrom > 100) {
            throw new IllegalArgumentException("greenzone.safety needs 0 <= yellow-from < green-from <= 100");
        }
        for (Map.Entry<VenueCategory, String> mapped : categories.entrySet()) {
            if (!criteriaSets.containsKey(mapped.getValue())) {
                throw new IllegalArgumentException("greenzone.safety.categories." + mapped.getKey()
                        + " names no criteria set: " + mapped.getValue());
            }
        }
    }

    /** One venue type's criteria, named in both languages. */
    public record CriteriaSet(String nameVi, String nameEn, List<Criterion> criteria) {

        public CriteriaSet {
            criteria = criteria == null ? List.of() : List.copyOf(criteria);
            if (criteria.isEmpty() || criteria.stream().map(Criterion::key).distinct().count() != criteria.size()) {
                throw new IllegalArgumentException("a safety criteria set needs criteria with distinct keys");
            }
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }

    /** One criterion; {@code weight} counts it in the score. */
    public record Criterion(String key, int weight, String vi, String en) {

        public Criterion {
            if (key == null || key.isBlank() || weight < 1) {
                throw new IllegalArgumentException("a safety criterion needs a key and a weight of at least 1");
            }
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : vi;
        }
    }

    /** The key of the set venues of this category answer, if any. */
    public Optional<String> setOf(VenueCategory category) {
        return Optional.ofNullable(categories.get(category));
    }
}
