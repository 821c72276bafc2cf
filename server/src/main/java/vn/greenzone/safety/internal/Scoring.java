package vn.greenzone.safety.internal;

import java.util.List;
import java.util.Map;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.SafetyProperties;

/** Checks answers against a criteria set and turns them into a score and a colour. */
public final class Scoring {

    /** Each criterion is answered 0 (not met), 1 (partly) or 2 (fully met). */
    public static final int MET = 2;

    /** Answers in the order of the set's criteria, with the score they give. */
    public record Scored(List<String> criteria, List<Integer> answers, int score) {
    }

    private Scoring() {
    }

    /**
     * Refuses unknown criteria ({@code safety.criterion-unknown}), missing ones ({@code safety.answer-missing})
     * and answers outside 0–2 ({@code safety.answer-out-of-range}), all 400.
     */
    public static Scored score(SafetyProperties.CriteriaSet set, Map<String, Integer> answers) {
        Map<String, Integer> given = answers == null ? Map.of() : answers;
        for (String key : given.keySet()) {
            if (set.criteria().stream().noneMatch(criterion -> criterion.key().equals(key))) {
                throw ProblemException.badRequest("safety.criterion-unknown", key);
            }
        }
        long met = 0;
        long total = 0;
        var ordered = new java.util.ArrayList<Integer>();
        for (SafetyProperties.Criterion criterion : set.criteria()) {
            Integer answer = given.get(criterion.key());
            if (answer == null) {
                throw ProblemException.badRequest("safety.answer-missing", criterion.key());
            }
            if (answer < 0 || answer > MET) {
                throw ProblemException.badRequest("safety.answer-out-of-range", criterion.key());
            }
            ordered.add(answer);
            met += (long) criterion.weight() * answer;
            total += (long) criterion.weight() * MET;
        }
        return new Scored(set.criteria().stream().map(SafetyProperties.Criterion::key).toList(), ordered,
                (int) Math.round(100.0 * met / total));
    }

    public static SafetyColour colour(int score, SafetyProperties properties) {
        return score >= properties.greenFrom() ? SafetyColour.GREEN
                : score >= properties.yellowFrom() ? SafetyColour.YELLOW : SafetyColour.RED;
    }
}
