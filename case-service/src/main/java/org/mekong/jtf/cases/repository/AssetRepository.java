package org.mekong.jtf.cases.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.SeizedAsset;

@ApplicationScoped
public class AssetRepository implements CaseRecordRepository<SeizedAsset> {

    @Override
    public String chronologicalField() {
        return "seizedAt";
    }
}
