package vn.greenzone.geo.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Re-renders the picker after each choice (htmx swaps it in place). */
@Controller
class UnitPickerController {

    @GetMapping("/units/picker")
    String picker(@RequestParam String field, @RequestParam(name = "picker", required = false) String selected,
            @RequestParam(defaultValue = "address.unit") String label, Model model) {
        model.addAttribute("field", field.replaceAll("[^A-Za-z0-9_]", ""));
        model.addAttribute("selected", selected);
        model.addAttribute("label", label.replaceAll("[^A-Za-z0-9_.]", ""));
        return "geo/picker :: picker(field=${field}, selected=${selected}, label=${label})";
    }
}
