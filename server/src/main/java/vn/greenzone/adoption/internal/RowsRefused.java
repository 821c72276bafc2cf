package vn.greenzone.adoption.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.greenzone.platform.ProblemException;

/**
 * An import refused because of some of its rows (the message counts the rows): none of the file is stored, and
 * every fault is named with its line and reason (message {@code problem.<code>} formatted with {@code arguments}).
 */
public class RowsRefused extends ProblemException {

    /** One row at fault: its line in the file (1 is the heading) and why. */
    public record Refusal(int line, String code, List<Object> arguments) {
    }

    private final transient List<Refusal> refusals;

    RowsRefused(List<Refusal> refusals) {
        super(HttpStatus.BAD_REQUEST, "adoption.rows-refused",
                refusals.stream().mapToInt(Refusal::line).distinct().count());
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
