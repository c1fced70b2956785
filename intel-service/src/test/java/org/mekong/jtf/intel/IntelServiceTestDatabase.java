package org.mekong.jtf.intel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.mekong.jtf.common.testing.TestDatabase;

/** All intel-service tests run against their own database on the real PostgreSQL. */
@QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "database", value = "mekong_intel_test"))
public class IntelServiceTestDatabase {
}
