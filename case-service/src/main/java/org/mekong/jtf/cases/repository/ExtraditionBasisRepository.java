package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.ExtraditionBasis;

/** The legal bases with their default deadlines (reference data). */
@ApplicationScoped
public class ExtraditionBasisRepository implements PanacheRepositoryBase<ExtraditionBasis, String> {
}
