package org.mekong.jtf.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.mekong.jtf.common.testing.TestDatabase;

/** All case-service tests run against their own database on the real PostgreSQL. */
@QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "database", value = "mekong_case_test"))
public class CaseServiceTestDatabase {
}
