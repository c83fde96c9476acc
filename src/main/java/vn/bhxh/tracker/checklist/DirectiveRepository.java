package vn.bhxh.tracker.checklist;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectiveRepository extends JpaRepository<Directive, Long> {

    Optional<Directive> findByCode(String code);
}
