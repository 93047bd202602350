import { registry } from "@web/core/registry";

// Migration menu -> Wizard opens the OWL wizard (client action ferry.wizard) on its first step.
registry.category("web_tour.tours").add("ferry_wizard_opens", {
    steps: () => [
        {
            content: "Open the wizard from the Migration menu",
            trigger: '.o_main_navbar a[data-menu-xmlid="ferry.menu_ferry_wizard"]',
            run: "click",
        },
        {
            content: "The wizard shows its first step",
            trigger: ".o_ferry_wizard .o_ferry_project_step",
        },
    ],
});
