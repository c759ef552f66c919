package org.cppp.committee.web;

import jakarta.validation.Valid;
import java.util.List;
import org.cppp.committee.AssociationView;
import org.cppp.committee.CommitteeMembers;
import org.cppp.committee.MemberView;
import org.cppp.committee.NewMember;
import org.cppp.committee.OrganisationView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Committee members, organisations and association memberships: {@code /api/committee}. */
@RestController
@RequestMapping("/api/committee")
class MemberApi {

  private final CommitteeMembers members;

  MemberApi(CommitteeMembers members) {
    this.members = members;
  }

  @GetMapping("/members")
  List<MemberView> list() {
    return members.all();
  }

  @PostMapping("/members")
  @ResponseStatus(HttpStatus.CREATED)
  MemberView appoint(@Valid @RequestBody NewMember member) {
    return members.appoint(member);
  }

  @GetMapping("/members/{id}")
  MemberView get(@PathVariable long id) {
    return members.get(id);
  }

  @PutMapping("/members/{id}")
  MemberView update(@PathVariable long id, @Valid @RequestBody NewMember member) {
    return members.update(id, member);
  }

  @GetMapping("/organisations")
  List<OrganisationView> organisations() {
    return members.organisations();
  }

  @GetMapping("/associations")
  List<AssociationView> associations() {
    return members.associations();
  }

  @PostMapping("/associations")
  @ResponseStatus(HttpStatus.CREATED)
  AssociationView addAssociation(@RequestBody AssociationView association) {
    return members.addAssociation(
        association.organisationCode(), association.factoryBr(), association.providerCode());
  }

  @DeleteMapping("/associations/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeAssociation(@PathVariable long id) {
    members.removeAssociation(id);
  }
}
