import { PrismaPg } from "@prisma/adapter-pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

/**
 * The kinds of driver error that @prisma/client 6.19 can read. @prisma/adapter-pg 7.10 reports
 * a few more (RestrictViolation for our history triggers' SQLSTATE 23001, InvalidInputValue for
 * 22P02); the client answers those with a bare Error("Unknown error: [object Object]") that has
 * lost the database's code and message.
 */
const CLIENT_KINDS = new Set([
  "AuthenticationFailed",
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "SocketTimeout",
  "DatabaseAlreadyExists",
  "DatabaseAccessDenied",
  "TlsConnectionError",
  "ConnectionClosed",
  "TransactionAlreadyClosed",
  "LengthMismatch",
  "UniqueConstraintViolation",
  "ForeignKeyConstraintViolation",
  "UnsupportedNativeDataType",
  "NullConstraintViolation",
  "ValueOutOfRange",
  "TableDoesNotExist",
  "ColumnNotFound",
  "InvalidIsolationLevel",
  "InconsistentColumnData",
  "MissingFullTextSearchIndex",
  "TransactionWriteConflict",
  "GenericJs",
  "TooManyConnections",
  "postgres",
]);

interface DriverCause {
  kind: string;
  originalCode?: string;
  originalMessage?: string;
}

/** A driver error of a kind the client cannot read, told as the plain "postgres" kind it can. */
function readable(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return error;
  const cause = error.cause as DriverCause | undefined;
  if (!cause || typeof cause !== "object" || CLIENT_KINDS.has(cause.kind)) return error;
  error.cause = {
    ...cause,
    kind: "postgres",
    code: cause.originalCode ?? "N/A",
    severity: "ERROR",
    message: cause.originalMessage ?? cause.kind,
  };
  error.message = cause.originalMessage ?? error.message;
  return error;
}

function withReadableErrors<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => queryRaw(query).catch((error) => Promise.reject(readable(error)));
  queryable.executeRaw = (query) => executeRaw(query).catch((error) => Promise.reject(readable(error)));
  return queryable;
}

/**
 * PrismaPg whose errors keep the database's SQLSTATE and message through @prisma/client (see
 * CLIENT_KINDS), in transactions too, so fromDbError can map a refused write to a typed error.
 */
export class ReadableErrorsPg extends PrismaPg {
  override async connect(): Promise<Adapter> {
    const adapter = withReadableErrors(await super.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => withReadableErrors(await startTransaction(isolationLevel));
    return adapter;
  }
}
