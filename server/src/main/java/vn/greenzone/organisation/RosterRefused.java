package vn.greenzone.organisation;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import vn.greenzone.platform.ProblemException;

/**
 * A roster refused for its rows: nothing of it was stored. 422, with the first rows at fault (a file of 100,000
 * bad rows answers with the first {@value #SHOWN}) and how many there were.
 */
public class RosterRefused extends ProblemException {

    public static final int SHOWN = 200;

    private final transient List<RefusedRow> rows;
    private final int total;

    public RosterRefused(List<RefusedRow> rows, int total) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "organisation.roster-refused", total);
        this.rows = List.copyOf(rows);
        this.total = total;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("rows", rows, "refusedRows", total);
    }

    public List<RefusedRow> rows() {
        return rows;
    }

    public int total() {
        return total;
    }
}
