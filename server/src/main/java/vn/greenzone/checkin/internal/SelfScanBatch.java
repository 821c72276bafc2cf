package vn.greenzone.checkin.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visits of concurrent self check-ins, arranged so that writing them together means what writing them
 * one after the other would: a visitor scanned twice at the same venue within the collapse window is one visit
 * (the later scan is a twin, answered as a repeat of the first), and a visitor at two venues (or twice at one,
 * further apart than the window) is written in two rounds, so that the second visit closes the first (or is a
 * visit of its own). Each round names every visitor at most once, which lets one statement write it.
 */
final class SelfScanBatch {

    private final List<NewVisit> visits;
    /** For each visit, the earlier one of the same visitor at the same venue it repeats, or -1. */
    private final int[] twinOf;
    /** Indexes into {@code visits}, round by round. */
    private final List<List<Integer>> rounds = new ArrayList<>();

    SelfScanBatch(List<NewVisit> visits, Duration collapseWindow) {
        this.visits = visits;
        this.twinOf = new int[visits.size()];
        // the visit a later scan of the same visitor at the same venue is folded into, as the statement finds it
        Map<String, Integer> visitAtVenue = new HashMap<>();
        Map<String, Integer> roundOfVisitor = new HashMap<>();
        for (int i = 0; i < visits.size(); i++) {
            NewVisit visit = visits.get(i);
            String visitor = visit.visitor().key();
            String atVenue = visit.venue().id() + "/" + visitor;
            Integer earlier = visitAtVenue.get(atVenue);
            // either side of the earlier scan: requests reach the queue in another order than their clocks read
            boolean repeat = earlier != null
                    && Duration.between(visits.get(earlier).at(), visit.at()).abs().compareTo(collapseWindow) < 0;
            twinOf[i] = repeat ? earlier : -1;
            if (!repeat) {
                visitAtVenue.put(atVenue, i);
                int round = roundOfVisitor.merge(visitor, 0, (previous, none) -> previous + 1);
                if (round == rounds.size()) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round).add(i);
            }
        }
    }

    List<List<NewVisit>> rounds() {
        return rounds.stream().map(round -> round.stream().map(visits::get).toList()).toList();
    }

    /** Every visit's answer, given the answers of the rounds in order: a twin repeats its first visit, not new. */
    List<RecordedVisit> answers(List<List<RecordedVisit>> written) {
        RecordedVisit[] answers = new RecordedVisit[visits.size()];
        for (int r = 0; r < rounds.size(); r++) {
            List<Integer> round = rounds.get(r);
            for (int k = 0; k < round.size(); k++) {
                answers[round.get(k)] = written.get(r).get(k);
            }
        }
        for (int i = 0; i < answers.length; i++) {
            if (twinOf[i] >= 0) {
                RecordedVisit first = answers[twinOf[i]];
                answers[i] = new RecordedVisit(first.id(), first.checkedInAt(), false);
            }
        }
        return List.of(answers);
    }
}
