package vn.greenzone.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection of a venue, planned and then recorded: findings per criterion (0–2, in the order of
 * {@code criteria}), the score they give, the inspector's verdict (which overrides the self-assessment), what
 * to fix by when. Unrecorded ones have no {@code inspectedAt}.
 */
public record Inspection(long id, long venueId, String unitCode, LocalDate plannedFor, Instant inspectedAt,
        List<String> criteria, List<Integer> findings, Integer score, SafetyColour verdict, String note,
        LocalDate fixBy, boolean hasPhoto) {
}
