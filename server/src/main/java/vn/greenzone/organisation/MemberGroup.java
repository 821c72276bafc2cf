package vn.greenzone.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.greenzone.platform.VietnameseText;

/**
 * The groups of a roster the seeds set targets for, with the seeds' target (percent of the group using the app;
 * none for "other"). A roster names a group by its code, its English name or its Vietnamese name.
 */
public enum MemberGroup {
    CIVIL_SERVANT(100, "cong chuc", "can bo cong chuc", "can bo", "civil servant"),
    PUBLIC_EMPLOYEE(100, "vien chuc", "public employee"),
    HEALTH_WORKER(100, "nhan vien y te", "y te", "can bo y te", "health worker"),
    INDUSTRIAL_WORKER(80, "cong nhan", "nguoi lao dong", "industrial worker", "worker"),
    TEACHER(100, "giao vien", "teacher"),
    HIGH_SCHOOL_STUDENT(100, "hoc sinh thpt", "hoc sinh trung hoc pho thong", "high school student",
            "high-school student"),
    LOWER_SECONDARY_STUDENT(30, "hoc sinh thcs", "hoc sinh trung hoc co so", "lower secondary student",
            "lower-secondary student"),
    OTHER(null, "khac", "other");

    private final Integer defaultTarget;
    private final List<String> names;

    MemberGroup(Integer defaultTarget, String... names) {
        this.defaultTarget = defaultTarget;
        this.names = List.of(names);
    }

    /** The seeds' target in percent; empty for a group they set none for. */
    public Optional<Integer> defaultTarget() {
        return Optional.ofNullable(defaultTarget);
    }

    public String labelKey() {
        return "organisation.group." + name();
    }

    /** The group a roster's cell names, whatever its case, accents, spaces or underscores. */
    public static Optional<MemberGroup> parse(String cell) {
        String key = VietnameseText.searchKey(cell == null ? "" : cell.replace('_', ' '));
        return Arrays.stream(values())
                .filter(group -> group.names.contains(key) || group.name().replace('_', ' ').equalsIgnoreCase(key))
                .findFirst();
    }
}
