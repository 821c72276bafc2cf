package vn.greenzone.adoption.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.adoption.internal.Coverage;
import vn.greenzone.adoption.internal.Dashboard;

/**
 * The trend chart's data, as JSON for the canvas's data attribute: one label per day and the two shares as two
 * separate lines (installs ÷ smartphones, users ÷ residents), never added together; a day without a figure is a gap.
 */
record TrendChart(String json, int days) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd/MM");

    static TrendChart of(Dashboard dashboard) {
        var labels = new ArrayList<String>();
        var installs = new ArrayList<Double>();
        var users = new ArrayList<Double>();
        for (UnitFigures day : dashboard.trend()) {
            labels.add(LABEL.format(day.day()));
            installs.add(Coverage.installs(day));
            users.add(Coverage.users(day));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("installs", installs);
        data.put("users", users);
        data.put("target", dashboard.progress() == null ? null : dashboard.progress().target().percent());
        return new TrendChart(JSON.writeValueAsString(data), labels.size());
    }

}
