import { describe, expect, it } from "vitest";
import { modelsInInsertOrder, parseSchemaModels, schemaModels } from "./schema-models";

const schema = `
model Parent {
  id    String   @id @default(cuid()) // trailing comment
  /// doc comment
  url   String   @default("https://example.org") // a "//" in a default
  kids  Child[]
}

model Child {
  parentId String
  parent   Parent  @relation(fields: [parentId], references: [id])
  slot     Int
  at       DateTime?
  selfId   String?
  self     Child?  @relation("tree", fields: [selfId], references: [parentId, slot])
  selves   Child[] @relation("tree")

  @@id([parentId, slot])
  @@index([selfId])
}
`;

describe("schema models", () => {
  it("reads scalar fields, primary keys and foreign keys", () => {
    const [parent, child] = parseSchemaModels(schema);
    expect(parent).toEqual({
      name: "Parent",
      delegate: "parent",
      fields: [
        { name: "id", type: "String", optional: false },
        { name: "url", type: "String", optional: false },
      ],
      primaryKey: ["id"],
      relations: [],
    });
    expect(child!.fields.map((field) => `${field.name}:${field.type}${field.optional ? "?" : ""}`)).toEqual([
      "parentId:String", "slot:Int", "at:DateTime?", "selfId:String?",
    ]);
    expect(child!.primaryKey).toEqual(["parentId", "slot"]);
    expect(child!.relations).toEqual([
      { model: "Parent", fields: ["parentId"], references: ["id"] },
      { model: "Child", fields: ["selfId"], references: ["parentId", "slot"] },
    ]);
  });

  it("refuses a column type it cannot carry", () => {
    expect(() => parseSchemaModels("model A {\n  id Decimal @id\n}\n")).toThrow(/A\.id has type Decimal/);
    expect(() => parseSchemaModels("model A {\n  id String\n}\n")).toThrow(/no primary key/);
  });

  it("orders models after the ones they point at", () => {
    expect(modelsInInsertOrder(parseSchemaModels(schema).reverse()).map((model) => model.name)).toEqual(["Parent", "Child"]);
    const order = modelsInInsertOrder(schemaModels()).map((model) => model.name);
    for (const model of schemaModels()) {
      for (const relation of model.relations) {
        if (relation.model !== model.name) expect(order.indexOf(relation.model), `${model.name} → ${relation.model}`).toBeLessThan(order.indexOf(model.name));
      }
    }
  });

  it("reads this project's schema in full, matching the generated client", () => {
    const models = schemaModels();
    expect(models.find((model) => model.name === "NodePosition")?.primaryKey).toEqual(["boardId", "nodeId"]);
    expect(models.find((model) => model.name === "Comment")?.relations.map((relation) => relation.model)).toEqual(["Board", "Claim", "Comment", "User"]);
  });
});
