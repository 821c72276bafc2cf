package vn.greenzone.quarantine.internal;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.quarantine.Place;

/** The officer's board: counts and pages of the quarantines of a unit and everything below it. */
@Service
public class Board {

    public static final int MAX_PAGE = 200;

    /** The board's filters; null is "any". */
    public record Filter(String unitCode, BoardState state, Place place, Long officerId) {
    }

    /** A page, with the id to continue after (null on the last page), and the counts of the whole unit. */
    public record Page(BoardRepository.Counts counts, List<StoredQuarantine> items, Long nextAfter) {
    }

    private final BoardRepository board;
    private final UnitDirectory units;
    private final AccessControl access;

    Board(BoardRepository board, UnitDirectory units, AccessControl access) {
        this.board = board;
        this.units = units;
        this.access = access;
    }

    public Page read(Filter filter, Long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.badRequest("invalid-parameter", "limit");
        }
        BoardRepository.Scope scope = scope(filter);
        // One more than shown tells whether there is a next page, so "more" never leads to an empty one.
        List<StoredQuarantine> items = board.page(scope, state(filter), after, limit + 1);
        boolean more = items.size() > limit;
        List<StoredQuarantine> shown = more ? items.subList(0, limit) : items;
        return new Page(board.counts(scope), shown, more ? shown.getLast().id() : null);
    }

    /** Every quarantine the filter selects, page by page (the export), without holding them all. */
    public void forEach(Filter filter, int pageSize, Consumer<List<StoredQuarantine>> pages) {
        BoardRepository.Scope scope = scope(filter);
        Long after = null;
        List<StoredQuarantine> page;
        do {
            page = board.page(scope, state(filter), after, pageSize);
            if (!page.isEmpty()) {
                pages.accept(page);
                after = page.getLast().id();
            }
        } while (page.size() == pageSize);
    }

    /** The whole country needs no list of its 11,000 units: no unit condition at all. */
    private BoardRepository.Scope scope(Filter filter) {
        access.require(Role.QUARANTINE_OFFICER, filter.unitCode());
        boolean everywhere = AdministrativeUnit.COUNTRY.equals(filter.unitCode());
        return new BoardRepository.Scope(everywhere ? null : units.subtree(filter.unitCode()), filter.place(),
                filter.officerId());
    }

    private static BoardState state(Filter filter) {
        return filter.state() == null ? BoardState.ACTIVE : filter.state();
    }
}
