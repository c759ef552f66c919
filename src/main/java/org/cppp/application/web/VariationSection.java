package org.cppp.application.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.application.ApplicationStatus;
import org.cppp.application.ApplicationVariations;
import org.cppp.application.ApplicationView;
import org.cppp.application.DelegationOption;
import org.cppp.application.VariationKind;
import org.cppp.application.VariationPolicy;
import org.cppp.application.VariationView;
import org.springframework.stereotype.Component;

/**
 * The application page's variations section: the requests the user may see, the request form for
 * the factory's applicants on approved work, and for officers each pending request's delegated
 * authorities (none: it goes to the committee by circulation). The page only reflects the facade's
 * rules ({@link VariationPolicy}).
 */
@Component
class VariationSection {

  private final ApplicationVariations variations;
  private final VariationPolicy policy;

  VariationSection(ApplicationVariations variations, VariationPolicy policy) {
    this.variations = variations;
    this.policy = policy;
  }

  Map<String, Object> of(ApplicationView application) {
    boolean open =
        application.status() == ApplicationStatus.APPROVED
            || application.status() == ApplicationStatus.IN_PROGRESS;
    List<VariationView> list = variations.of(application.reference());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("variations", list);
    model.put("variationKinds", VariationKind.values());
    model.put("mayRequestVariation", open && policy.mayRequest());
    Map<Long, List<DelegationOption>> options = new LinkedHashMap<>();
    if (policy.mayDecide()) {
      list.stream()
          .filter(v -> !v.status().decided())
          .forEach(v -> options.put(v.id(), variations.delegations(v.applicationRef(), v.id())));
    }
    model.put("variationDelegations", options);
    model.put("showVariations", open || !list.isEmpty());
    return model;
  }
}
