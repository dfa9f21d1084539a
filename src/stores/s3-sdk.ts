// What the S3 store takes from the AWS SDK, in one module: the CLI's bundle loads it (a
// separate file, dist/cli/s3-sdk.cjs) only when an S3 remote is used, and only these exports
// are bundled into it.

export {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
export { Upload } from '@aws-sdk/lib-storage';
