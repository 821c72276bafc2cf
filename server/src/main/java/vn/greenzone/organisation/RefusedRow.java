package vn.greenzone.organisation;

/** A row of a roster refused: its line in the file (1 is the header), the reason's code and its message. */
public record RefusedRow(int line, String code, String reason) {
}
