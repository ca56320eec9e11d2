export * from "./vocabulary";
export * from "./fields";
export * from "./selector";
export * from "./claim";
export * from "./evidence";
export * from "./link";
export * from "./positions";
export * from "./relation";
