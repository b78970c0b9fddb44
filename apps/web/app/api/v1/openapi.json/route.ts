import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi";
import { parseQuery } from "@/lib/api/request";
import { json } from "@/lib/api/respond";
import { publicRead, route } from "@/lib/api/route";

/** The OpenAPI 3.1 description of this API. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route({
  GET: publicRead(async (request) => {
    parseQuery(request, z.strictObject({}));
    return json(request, openApiDocument(), { cache: "reference" });
  }),
});
